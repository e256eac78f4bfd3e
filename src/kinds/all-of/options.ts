// `all_of` options: the composite ones it shares with `any_of` (../composite-options.ts).
export { compositeShape as allOfShape, type CompositeOptions as AllOfOptions } from '../composite-options.js';
