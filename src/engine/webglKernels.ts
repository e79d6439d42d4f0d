// The WebGL kernels this site registers: only those its TensorFlow.js ops can run (issue 16). The package's own
// entry registers all ~170 of them (3-D convolutions, string, ragged, sparse and image ops, FFT, ...) and, through
// them, much of the CPU backend's code: about a tenth of the first load that no page ever ran. Which kernels an op
// needs is not a guess: webglKernels.test.ts walks TensorFlow.js's own sources from every op this code names, through
// the gradients of each kernel met, and fails when a kernel it reaches is missing here. A new op in the code (a top-k,
// a convolution, ...) therefore fails that test until its kernel is added below.
import { registerKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { absConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Abs';
import { addConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Add';
import { allConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/All';
import { argMaxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax';
import { argMinConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin';
import { batchMatMulConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul';
import { castConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Cast';
import { ceilConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil';
import { clipByValueConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue';
import { complexConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Complex';
import { complexAbsConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs';
import { concatConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Concat';
import { cosConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Cos';
import { eluConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Elu';
import { eluGradConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad';
import { equalConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Equal';
import { expConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Exp';
import { expandDimsConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims';
import { fillConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Fill';
import { floorConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Floor';
import { floorDivConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv';
import { gatherV2Config } from '@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2';
import { greaterConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Greater';
import { greaterEqualConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual';
import { identityConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Identity';
import { imagConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Imag';
import { isFiniteConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite';
import { isNaNConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN';
import { leakyReluConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu';
import { lessConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Less';
import { lessEqualConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual';
import { linSpaceConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace';
import { logConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Log';
import { log1pConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p';
import { logicalAndConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd';
import { logicalNotConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot';
import { maxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Max';
import { maximumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum';
import { meanConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Mean';
import { minConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Min';
import { multiplyConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply';
import { negConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Neg';
import { oneHotConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot';
import { onesLikeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike';
import { packConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Pack';
import { padV2Config } from '@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2';
import { powConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Pow';
import { preluConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu';
import { rangeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Range';
import { realConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Real';
import { realDivConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv';
import { reluConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Relu';
import { relu6Config } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6';
import { reshapeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape';
import { reverseConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse';
import { roundConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Round';
import { selectConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Select';
import { sigmoidConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid';
import { sinConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sin';
import { sliceConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Slice';
import { softmaxConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax';
import { softplusConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus';
import { splitVConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV';
import { sqrtConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt';
import { squareConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Square';
import { stepConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Step';
import { subConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sub';
import { sumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Sum';
import { tanhConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh';
import { tileConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Tile';
import { transposeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose';
import { unpackConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack';
import { unsortedSegmentSumConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum';
import { zerosLikeConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike';
import { _fusedMatMulConfig } from '@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul';

/** One kernel config per kernel name, in the package's own (alphabetical) order. */
export const WEBGL_KERNELS: readonly KernelConfig[] = [
  absConfig, addConfig, allConfig, argMaxConfig, argMinConfig, batchMatMulConfig, castConfig, ceilConfig,
  clipByValueConfig, complexConfig, complexAbsConfig, concatConfig, cosConfig, eluConfig, eluGradConfig, equalConfig,
  expConfig, expandDimsConfig, fillConfig, floorConfig, floorDivConfig, gatherV2Config, greaterConfig,
  greaterEqualConfig, identityConfig, imagConfig, isFiniteConfig, isNaNConfig, leakyReluConfig, lessConfig,
  lessEqualConfig, linSpaceConfig, logConfig, log1pConfig, logicalAndConfig, logicalNotConfig, maxConfig,
  maximumConfig, meanConfig, minConfig, multiplyConfig, negConfig, oneHotConfig, onesLikeConfig, packConfig,
  padV2Config, powConfig, preluConfig, rangeConfig, realConfig, realDivConfig, reluConfig, relu6Config,
  reshapeConfig, reverseConfig, roundConfig, selectConfig, sigmoidConfig, sinConfig, sliceConfig, softmaxConfig,
  softplusConfig, splitVConfig, sqrtConfig, squareConfig, stepConfig, subConfig, sumConfig, tanhConfig, tileConfig,
  transposeConfig, unpackConfig, unsortedSegmentSumConfig, zerosLikeConfig, _fusedMatMulConfig,
];

for (const config of WEBGL_KERNELS) registerKernel(config);
