export type HitStatus = 'ok' | 'negated' | 'aspirational' | 'coursework' | 'excluded';
export function classifyContext(_text: string, _start: number, _end: number): { status: HitStatus; cue: string } | undefined {
  return undefined;
}
