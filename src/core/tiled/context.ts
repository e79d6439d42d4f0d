// The tiled kernels' door to WebGL: raw draw calls on the tfjs WebGL backend's own context, so they read and write
// tfjs tensors' textures directly. tfjs programs write one RGBA texel per fragment; these write up to eight (one per
// render target, "multiple render targets"), which lets one fragment compute an 8×4 tile of a matrix product and
// reuse every value it fetches eight or four times. Texture fetches, not arithmetic, limit matrix products on
// software renderers, so this is what makes the big (MNIST) networks faster than tf.matMul can (see README).
// Every draw leaves the state tfjs relies on as it was: tfjs binds its program, VAO, framebuffer, viewport and
// textures before each of its own draws, and this rebinds tfjs's framebuffer and program after each of ours.
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf, type Tensor } from '../tf';

/**
 * Rows of a matrix one fragment computes, one per render target: 8 where the context can draw into 8 targets at once,
 * else 4 (software WebGL in recent Chromium offers 6). Fewer rows mean more texture fetches per multiply-add, not
 * different results.
 */
export type TileRows = 8 | 4;

/** A texture this module owns: an RGBA32F 2-D texture, or an array of tile-row layers (a "tiled" matrix). */
export interface OwnTexture {
  texture: WebGLTexture;
  target: 'TEXTURE_2D' | 'TEXTURE_2D_ARRAY';
  width: number;
  height: number;
}

/** Where a draw reads from: a texture of ours or a tfjs tensor (its unpacked R32F texture, uploaded first). */
export type Source = OwnTexture | { tensorTexture: WebGLTexture };

/** Where a draw writes: every layer of a tiled texture, one 2-D texture of ours, or tfjs tensors' textures. */
export type Target = { layers: OwnTexture } | { textures: WebGLTexture[] };

interface Compiled {
  program: WebGLProgram;
  samplers: Map<string, WebGLUniformLocation | null>;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

const VERTEX_SHADER = `#version 300 es
layout(location = 0) in vec2 corner;
void main() { gl_Position = vec4(corner, 0.0, 1.0); }`;

/** Counts draws for the benchmark's kernels-per-step figure (bench/kernelCount.ts sets it while counting). */
export const drawCounter: { onDraw: (() => void) | null } = { onDraw: null };

const contexts = new WeakMap<MathBackendWebGL, TiledContext | null>();

export class TiledContext {
  private readonly gl: WebGL2RenderingContext;
  private readonly programs = new Map<string, Compiled>();
  private readonly framebuffer: WebGLFramebuffer;
  private readonly vao: WebGLVertexArrayObject;
  private readonly owned = new Set<WebGLTexture>();

  /** The context for the current tfjs backend when it can run the tiled kernels, else null. */
  static current(): TiledContext | null {
    if (tf.getBackend() !== 'webgl') return null;
    const backend = tf.backend() as MathBackendWebGL;
    if (!contexts.has(backend)) {
      const rows = TiledContext.tileRowsOf(backend);
      contexts.set(backend, rows ? new TiledContext(backend, rows) : null);
    }
    return contexts.get(backend) ?? null;
  }

  /** The tile rows this backend's context can draw (8 or 4 render targets at once), or null when it cannot run the kernels. */
  private static tileRowsOf(backend: MathBackendWebGL): TileRows | null {
    if (tf.env().getNumber('WEBGL_VERSION') !== 2 || !tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')) return null;
    const gl = backend.gpgpu.gl as WebGL2RenderingContext;
    const enough = (p: number, n: number) => Number(gl.getParameter(p)) >= n;
    if (!enough(gl.MAX_TEXTURE_IMAGE_UNITS, 16)) return null;
    const targets = (n: number) => enough(gl.MAX_DRAW_BUFFERS, n) && enough(gl.MAX_COLOR_ATTACHMENTS, n);
    return targets(8) ? 8 : targets(4) ? 4 : null;
  }

  private constructor(
    readonly backend: MathBackendWebGL,
    /** Rows of a tile: layers of a tiled matrix, render targets of a tiled draw. */
    readonly tileRows: TileRows,
  ) {
    const gl = backend.gpgpu.gl as WebGL2RenderingContext;
    this.gl = gl;
    this.framebuffer = gl.createFramebuffer()!;
    this.vao = gl.createVertexArray()!;
    gl.bindVertexArray(this.vao);
    const corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, corners);
    // a triangle strip over the whole viewport, counter-clockwise (tfjs culls back faces)
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** A new RGBA32F texture: `layers` > 0 makes a 2-D array of that many layers. Contents undefined. */
  allocate(width: number, height: number, layers = 0): OwnTexture {
    const gl = this.gl;
    const target = layers > 0 ? 'TEXTURE_2D_ARRAY' : 'TEXTURE_2D';
    const texture = gl.createTexture()!;
    gl.bindTexture(gl[target], texture);
    if (layers > 0) gl.texStorage3D(gl.TEXTURE_2D_ARRAY, 1, gl.RGBA32F, width, height, layers);
    else gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA32F, width, height);
    for (const [p, v] of [[gl.TEXTURE_MIN_FILTER, gl.NEAREST], [gl.TEXTURE_MAG_FILTER, gl.NEAREST], [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE], [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE]]) {
      gl.texParameteri(gl[target], p, v);
    }
    gl.bindTexture(gl[target], null);
    this.owned.add(texture);
    return { texture, target, width, height };
  }

  release(t: OwnTexture): void {
    if (this.owned.delete(t.texture)) this.gl.deleteTexture(t.texture);
  }

  /**
   * The R32F texture of a tfjs tensor, uploaded if it lives on the CPU; null when tfjs keeps it packed (RGBA) or
   * as a view into another tensor's texture.
   */
  tensorTexture(t: Tensor): { texture: WebGLTexture; width: number } | null {
    this.backend.uploadToGPU(t.dataId);
    const data = this.backend.texData.get(t.dataId);
    if (data.isPacked || data.slice || !data.texture || !data.texShape) return null;
    return { texture: data.texture.texture, width: data.texShape[1] };
  }

  /** A new float32 tfjs tensor of `shape` on the GPU (unpacked), for a draw to write. */
  newTensor(shape: number[]): { tensor: Tensor; texture: WebGLTexture; width: number; height: number } {
    const info = this.backend.makeTensorInfo(shape, 'float32');
    const tensor = tf.engine().makeTensorFromTensorInfo(info);
    this.backend.uploadToGPU(info.dataId);
    const data = this.backend.texData.get(info.dataId);
    return { tensor, texture: data.texture!.texture, width: data.texShape![1], height: data.texShape![0] };
  }

  private compile(source: string, samplerNames: string[], uniformNames: string[]): Compiled {
    let c = this.programs.get(source);
    if (c) return c;
    const gl = this.gl;
    const shader = (type: number, src: string) => {
      const s = gl.createShader(type)!;
      gl.shaderSource(s, src);
      gl.compileShader(s);
      if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) throw new Error(`Tiled kernel did not compile: ${gl.getShaderInfoLog(s)}\n${src}`);
      return s;
    };
    const program = gl.createProgram()!;
    gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX_SHADER));
    gl.attachShader(program, shader(gl.FRAGMENT_SHADER, source));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) throw new Error(`Tiled kernel did not link: ${gl.getProgramInfoLog(program)}`);
    c = {
      program,
      samplers: new Map(samplerNames.map((n) => [n, gl.getUniformLocation(program, n)])),
      uniforms: new Map(uniformNames.map((n) => [n, gl.getUniformLocation(program, n)])),
    };
    this.programs.set(source, c);
    return c;
  }

  /**
   * Runs a fragment shader over the rectangle (x0, y0)–(x0 + width, y0 + height) of `target`. Sources are bound to the
   * sampler uniforms of the same names, in order; `uniforms` are float uniforms.
   */
  draw(source: string, sources: Record<string, Source>, target: Target, rect: { width: number; height: number; x0?: number; y0?: number }, uniforms: Record<string, number> = {}): void {
    const gl = this.gl;
    const names = Object.keys(sources);
    const c = this.compile(source, names, Object.keys(uniforms));
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.framebuffer);
    const attachments: number[] = [];
    if ('layers' in target) {
      for (let t = 0; t < this.tileRows; t++) {
        gl.framebufferTextureLayer(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0 + t, target.layers.texture, 0, t);
        attachments.push(gl.COLOR_ATTACHMENT0 + t);
      }
    } else {
      target.textures.forEach((tex, t) => {
        gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0 + t, gl.TEXTURE_2D, tex, 0);
        attachments.push(gl.COLOR_ATTACHMENT0 + t);
      });
    }
    gl.drawBuffers(attachments);
    const [x0, y0] = [rect.x0 ?? 0, rect.y0 ?? 0];
    gl.viewport(x0, y0, rect.width, rect.height);
    gl.scissor(x0, y0, rect.width, rect.height);
    gl.useProgram(c.program);
    gl.bindVertexArray(this.vao);
    names.forEach((name, unit) => {
      const s = sources[name];
      gl.activeTexture(gl.TEXTURE0 + unit);
      if ('tensorTexture' in s) gl.bindTexture(gl.TEXTURE_2D, s.tensorTexture);
      else gl.bindTexture(gl[s.target], s.texture);
      gl.uniform1i(c.samplers.get(name)!, unit);
    });
    for (const [name, value] of Object.entries(uniforms)) gl.uniform1f(c.uniforms.get(name)!, value);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    drawCounter.onDraw?.();
    // detach everything (no texture stays attached to a framebuffer tfjs may later sample it from), unbind the
    // array textures (tfjs binds only 2-D ones), hand the context back as tfjs left it
    for (let t = 0; t < attachments.length; t++) gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0 + t, gl.TEXTURE_2D, null, 0);
    names.forEach((name, unit) => {
      const s = sources[name];
      if (!('tensorTexture' in s) && s.target === 'TEXTURE_2D_ARRAY') {
        gl.activeTexture(gl.TEXTURE0 + unit);
        gl.bindTexture(gl.TEXTURE_2D_ARRAY, null);
      }
    });
    gl.bindVertexArray(null);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.backend.gpgpu.framebuffer);
    gl.useProgram(this.backend.gpgpu.program);
  }

  dispose(): void {
    for (const t of this.owned) this.gl.deleteTexture(t);
    this.owned.clear();
  }
}
