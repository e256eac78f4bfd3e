// `any_of` options: the composite ones it shares with `all_of` (../composite-options.ts).
export { compositeShape as anyOfShape, type CompositeOptions as AnyOfOptions } from '../composite-options.js';
