/**
 * A small, safe calc-record expression language: parsed once into a tree, evaluated without eval().
 * Follows EPICS calc where it is unambiguous: variables A..L, `=` and `#` as synonyms of `==` and
 * `!=`, `^` for `**`, LOG is log10 and LN the natural log, true is 1, any non-zero (even NaN) is
 * true. Like Python and mathematics, `**` binds tighter than unary minus (-2**2 = -4) and is
 * right-associative (2**3**2 = 512). Division by zero follows IEEE (Infinity or NaN); the calc
 * record turns a non-finite result into a CALC alarm. RNDM is uniform in [0, 1) and NRNDM normal
 * (mean 0, sigma 1), both drawn from the source `evaluate` is given, so tests can seed them.
 */
import { CALC_INPUTS, type CalcInput } from './definitions.js';
import { CalcSyntaxError } from './errors.js';
import { tokenize, type Token } from './calc-tokens.js';

export const MAX_EXPRESSION_LENGTH = 256;

type Node =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'input'; readonly name: CalcInput }
  | { readonly kind: 'unary'; readonly op: string; readonly operand: Node }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: 'choice'; readonly test: Node; readonly then: Node; readonly otherwise: Node }
  | { readonly kind: 'call'; readonly fn: CalcFunction; readonly args: readonly Node[] }
  | { readonly kind: 'random'; readonly normal: boolean };

interface CalcFunction {
  readonly name: string;
  /** Exact argument count, or the minimum for a variadic function. */
  readonly arity: number;
  readonly variadic: boolean;
  readonly apply: (args: readonly number[]) => number;
}

const unary = (name: string, fn: (x: number) => number): CalcFunction => ({ name, arity: 1, variadic: false, apply: ([x = Number.NaN]) => fn(x) });
const FUNCTION_LIST: readonly CalcFunction[] = [
  unary('ABS', Math.abs), unary('SQRT', Math.sqrt), unary('EXP', Math.exp), unary('LOG', Math.log10),
  unary('LN', Math.log), unary('LOGE', Math.log), unary('SIN', Math.sin), unary('COS', Math.cos),
  unary('TAN', Math.tan), unary('ASIN', Math.asin), unary('ACOS', Math.acos), unary('ATAN', Math.atan),
  unary('FLOOR', Math.floor), unary('CEIL', Math.ceil), // NINT rounds halves away from zero, as C's lround does; Math.round would take -2.5 to -2
  unary('NINT', (x) => Math.sign(x) * Math.round(Math.abs(x))),
  { name: 'ATAN2', arity: 2, variadic: false, apply: ([y = Number.NaN, x = Number.NaN]) => Math.atan2(y, x) },
  { name: 'MIN', arity: 1, variadic: true, apply: (args) => Math.min(...args) },
  { name: 'MAX', arity: 1, variadic: true, apply: (args) => Math.max(...args) },
];
const FUNCTIONS: ReadonlyMap<string, CalcFunction> = new Map(FUNCTION_LIST.map((fn) => [fn.name, fn]));

const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['PI', Math.PI],
  ['D2R', Math.PI / 180],
  ['R2D', 180 / Math.PI],
]);

/** Names that read a fresh random number at each use; written without parentheses, as in EPICS. */
const RANDOMS: ReadonlyMap<string, Node> = new Map([
  ['RNDM', { kind: 'random', normal: false }],
  ['NRNDM', { kind: 'random', normal: true }],
]);

/** Uniform in [0, 1), as Math.random. */
export type RandomSource = () => number;

const truth = (x: number): boolean => x !== 0;
const bool = (b: boolean): number => (b ? 1 : 0);

const BINARY: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
  '<': (a, b) => bool(a < b),
  '<=': (a, b) => bool(a <= b),
  '>': (a, b) => bool(a > b),
  '>=': (a, b) => bool(a >= b),
  '==': (a, b) => bool(a === b),
  '!=': (a, b) => bool(a !== b),
};

/** Operator levels, loosest first; each level is left-associative. */
const LEVELS: readonly (readonly string[])[] = [['||'], ['&&'], ['==', '!=', '=', '#'], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%']];
const SYNONYM: Readonly<Record<string, string>> = { '=': '==', '#': '!=', '^': '**' };

export type CalcInputs = Readonly<Partial<Record<CalcInput, number>>>;

export class CalcExpression {
  /** The inputs the expression reads, so a record can tell a user about inputs it never set. */
  readonly inputs: ReadonlySet<CalcInput>;
  readonly #root: Node;

  private constructor(readonly source: string, root: Node, inputs: Set<CalcInput>) {
    this.#root = root;
    this.inputs = inputs;
  }

  /** Throws CalcSyntaxError with the column of the first problem. */
  static parse(source: string): CalcExpression {
    if (source.length > MAX_EXPRESSION_LENGTH) throw new CalcSyntaxError(source.slice(0, 40) + '...', MAX_EXPRESSION_LENGTH + 1, `longer than ${MAX_EXPRESSION_LENGTH} characters`);
    if (source.trim() === '') throw new CalcSyntaxError(source, 1, 'empty expression');
    const parser = new Parser(source, tokenize(source));
    const root = parser.parse();
    return new CalcExpression(source, root, parser.inputs);
  }

  /** Unset inputs read as 0, as an unset calc input field does in EPICS. */
  evaluate(inputs: CalcInputs, random: RandomSource = Math.random): number {
    return evaluate(this.#root, inputs, random);
  }
}

function evaluate(node: Node, inputs: CalcInputs, random: RandomSource): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'input':
      return inputs[node.name] ?? 0;
    case 'unary': {
      const x = evaluate(node.operand, inputs, random);
      return node.op === '!' ? bool(!truth(x)) : node.op === '-' ? -x : x;
    }
    case 'binary': {
      // both sides are evaluated, as EPICS's postfix machine does; there are no side effects to skip
      const a = evaluate(node.left, inputs, random);
      const b = evaluate(node.right, inputs, random);
      if (node.op === '&&') return bool(truth(a) && truth(b));
      if (node.op === '||') return bool(truth(a) || truth(b));
      const op = BINARY[node.op];
      if (!op) throw new Error(`calc: no operator ${node.op}`);
      return op(a, b);
    }
    case 'choice':
      return truth(evaluate(node.test, inputs, random)) ? evaluate(node.then, inputs, random) : evaluate(node.otherwise, inputs, random);
    case 'call':
      return node.fn.apply(node.args.map((arg) => evaluate(arg, inputs, random)));
    case 'random':
      return node.normal ? normal(random) : random();
  }
}

/** Box-Muller; 1 - u keeps the logarithm's argument in (0, 1]. */
function normal(random: RandomSource): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

class Parser {
  readonly inputs = new Set<CalcInput>();
  #at = 0;

  constructor(
    readonly source: string,
    readonly tokens: readonly Token[],
  ) {}

  parse(): Node {
    const node = this.#choice();
    const next = this.#peek();
    if (next.kind !== 'end') this.#fail(next, `unexpected ${describe(next)}`);
    return node;
  }

  #choice(): Node {
    const test = this.#level(0);
    if (!this.#takeOp('?')) return test;
    const then = this.#choice();
    this.#expectOp(':');
    const otherwise = this.#choice();
    return { kind: 'choice', test, then, otherwise };
  }

  #level(depth: number): Node {
    const ops = LEVELS[depth];
    if (!ops) return this.#unary();
    let left = this.#level(depth + 1);
    for (let op = this.#takeOp(...ops); op; op = this.#takeOp(...ops)) {
      left = { kind: 'binary', op: SYNONYM[op] ?? op, left, right: this.#level(depth + 1) };
    }
    return left;
  }

  #unary(): Node {
    const op = this.#takeOp('-', '+', '!');
    if (op) return { kind: 'unary', op, operand: this.#unary() };
    return this.#power();
  }

  #power(): Node {
    const base = this.#primary();
    // the exponent may itself be negated (2**-1) and chains to the right (2**3**2 = 2**9)
    if (this.#takeOp('**', '^')) return { kind: 'binary', op: '**', left: base, right: this.#unary() };
    return base;
  }

  #primary(): Node {
    const token = this.#next();
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind === 'op' && token.text === '(') {
      const inner = this.#choice();
      this.#expectOp(')');
      return inner;
    }
    if (token.kind === 'name') return this.#name(token);
    return this.#fail(token, `expected a number, an input A..L, a function or '(' but found ${describe(token)}`);
  }

  #name(token: Extract<Token, { kind: 'name' }>): Node {
    const fn = FUNCTIONS.get(token.text);
    if (fn) return { kind: 'call', fn, args: this.#arguments(fn, token) };
    const constant = CONSTANTS.get(token.text);
    if (constant !== undefined) return { kind: 'number', value: constant };
    const random = RANDOMS.get(token.text);
    if (random) return random;
    const input = CALC_INPUTS.find((name) => name === token.text);
    if (!input) return this.#fail(token, `unknown name '${token.text}': inputs are A..L`);
    this.inputs.add(input);
    return { kind: 'input', name: input };
  }

  #arguments(fn: CalcFunction, token: Token): Node[] {
    this.#expectOp('(');
    const args = [this.#choice()];
    while (this.#takeOp(',')) args.push(this.#choice());
    this.#expectOp(')');
    const ok = fn.variadic ? args.length >= fn.arity : args.length === fn.arity;
    if (!ok) this.#fail(token, `${fn.name} takes ${fn.variadic ? 'at least ' : ''}${fn.arity} argument(s), got ${args.length}`);
    return args;
  }

  #peek(): Token {
    return this.tokens[this.#at] ?? { kind: 'end', at: this.source.length };
  }

  #next(): Token {
    const token = this.#peek();
    if (token.kind !== 'end') this.#at++;
    return token;
  }

  #takeOp(...ops: readonly string[]): string | undefined {
    const token = this.#peek();
    if (token.kind !== 'op' || !ops.includes(token.text)) return undefined;
    this.#at++;
    return token.text;
  }

  #expectOp(op: string): void {
    const token = this.#peek();
    if (!this.#takeOp(op)) this.#fail(token, `expected '${op}' but found ${describe(token)}`);
  }

  #fail(token: Token, problem: string): never {
    throw new CalcSyntaxError(this.source, token.at + 1, problem);
  }
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end';
  if (token.kind === 'number') return `${token.value}`;
  return `'${token.text}'`;
}
