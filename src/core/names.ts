// The names a schema chooses among for the building blocks of every network, with no tensor code: each constant
// array declares its union type, and the schema's options are built from the same array (params/schema.ts
// choiceOptions). The modules that implement them (activations.ts, mlp.ts, optimizers.ts) re-export these.

/**
 * Whether `value` is one of `values`: narrows it to the union type the constant array declares (a link's text, a
 * script's argument, a stored name), with no cast.
 */
export function isOneOf<T>(value: unknown, values: readonly T[]): value is T {
  return values.some((v) => v === value);
}

export const ACTIVATIONS = ['tanh', 'relu', 'leakyRelu', 'sigmoid', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
/** The activations a hidden layer may use (the `activation` key of every experiment). */
export const HIDDEN_ACTIVATIONS = ['tanh', 'relu', 'leakyRelu'] as const satisfies readonly Activation[];
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const INITIALIZERS = ['glorot', 'he', 'normal'] as const;
export type Initializer = (typeof INITIALIZERS)[number];

/** Noise priors p_z (core/priors.ts draws them). */
export const PRIORS = ['uniform', 'normal', 'stratified'] as const;
export type Prior = (typeof PRIORS)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'adam', 'rmsprop'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];
