// Colour for human formats: a chalk instance whose level is decided by the CLI (TTY, NO_COLOR, --no-color).
import { Chalk, type ChalkInstance } from 'chalk';

export function paint(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function verdictColour(c: ChalkInstance, verdict: string): (text: string) => string {
  switch (verdict) {
    case 'pass':
      return c.green;
    case 'review':
      return c.yellow;
    case 'fail':
      return c.red;
    default:
      return c.magenta;
  }
}
