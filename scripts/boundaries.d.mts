/** A broken boundary: the rule's name, the importing file (or the modules of a cycle), the import, what to do. */
export interface BoundaryViolation {
  rule: string;
  from: string;
  to: string;
  comment: string;
}

/** Cruises `<baseDir>/src` with the project's rules; empty when the tree keeps its boundaries. */
export function checkBoundaries(options?: {
  baseDir?: string;
  projectDir?: string;
}): Promise<BoundaryViolation[]>;
