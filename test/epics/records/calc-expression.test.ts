import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CalcExpression, CalcSyntaxError } from '../../../epics/server/records/mod.js';

const calc = (source: string, inputs: Record<string, number> = {}): number => CalcExpression.parse(source).evaluate(inputs);

describe('calc expressions', () => {
  it('follows arithmetic precedence and associativity', () => {
    assert.equal(calc('1+2*3'), 7);
    assert.equal(calc('(1+2)*3'), 9);
    assert.equal(calc('10-4-3'), 3);
    assert.equal(calc('2**3**2'), 512);
    assert.equal(calc('2^3'), 8);
    assert.equal(calc('-2**2'), -4);
    assert.equal(calc('2**-1'), 0.5);
    assert.equal(calc('7%4'), 3);
    assert.equal(calc('1.5e1 + .5'), 15.5);
  });

  it('compares, combines and chooses with 0 and 1', () => {
    assert.equal(calc('A<B', { A: 1, B: 2 }), 1);
    assert.equal(calc('A>=B', { A: 1, B: 2 }), 0);
    assert.equal(calc('A=1 && B#1', { A: 1, B: 2 }), 1);
    assert.equal(calc('A==2 || !B', { A: 1, B: 0 }), 1);
    assert.equal(calc('1+1==2'), 1, 'comparison binds looser than +');
    assert.equal(calc('A>0 ? 10 : A<0 ? -10 : 0', { A: -3 }), -10);
    assert.equal(calc('0 || 2 && 3'), 1, '&& binds tighter than ||');
  });

  it('calls functions, case-insensitively, with EPICS meanings (LOG is log10)', () => {
    assert.equal(calc('ABS(-3)+SQRT(16)'), 7);
    assert.equal(calc('min(4, A, 9)', { A: 2 }), 2);
    assert.equal(calc('MAX(1,2,3)'), 3);
    assert.equal(calc('LOG(1000)'), 3);
    assert.equal(calc('LN(EXP(2))'), 2);
    assert.ok(Math.abs(calc('SIN(PI/2)+COS(0)') - 2) < 1e-12);
    assert.equal(calc('NINT(-2.5)'), -3);
  });

  it('evaluates the Gaussian of the facility example', () => {
    const value = calc('A*EXP(-((B-C)**2)/(2*D*D))', { A: 1000, B: 0.5, C: 0.5, D: 0.3 });
    assert.equal(value, 1000);
  });

  it('reads unset inputs as 0 and reports which inputs it uses', () => {
    const expression = CalcExpression.parse('A + c*2');
    assert.deepEqual([...expression.inputs].sort(), ['A', 'C']);
    assert.equal(expression.evaluate({ A: 1 }), 1);
  });

  it('gives IEEE results for division by zero (the record raises the alarm)', () => {
    assert.equal(calc('1/0'), Infinity);
    assert.equal(calc('-1/0'), -Infinity);
    assert.ok(Number.isNaN(calc('0/0')));
    assert.ok(Number.isNaN(calc('5%0')));
    assert.ok(Number.isNaN(calc('SQRT(-1)')));
  });

  it('reports syntax errors with their column', () => {
    const cases: [string, number, RegExp][] = [
      ['1 +', 4, /expected a number/],
      ['(1+2', 5, /expected '\)'/],
      ['A $ B', 3, /unexpected character/],
      ['M + 1', 1, /unknown name 'M'/],
      ['SQRT(1, 2)', 1, /SQRT takes 1 argument/],
      ['1 2', 3, /unexpected 2/],
      ['', 1, /empty/],
      ['A ? 1', 6, /expected ':'/],
    ];
    for (const [source, column, message] of cases) {
      assert.throws(() => CalcExpression.parse(source), (error: unknown) => {
        assert.ok(error instanceof CalcSyntaxError, source);
        assert.equal(error.column, column, source);
        assert.match(error.message, message);
        return true;
      });
    }
  });

  it('refuses very long expressions instead of recursing on them', () => {
    assert.throws(() => CalcExpression.parse('('.repeat(300) + '1' + ')'.repeat(300)), CalcSyntaxError);
  });

  it('is not JavaScript: no property access, strings or calls of unknown names', () => {
    assert.throws(() => CalcExpression.parse('constructor'), CalcSyntaxError);
    assert.throws(() => CalcExpression.parse("'a'"), CalcSyntaxError);
    assert.throws(() => CalcExpression.parse('A.B'), CalcSyntaxError);
  });
});

describe('calc expressions: random numbers and the EPICS operators records rely on', () => {
  it('draws RNDM uniformly from the given source, a fresh number at each use', () => {
    const values = [0.1, 0.7];
    let next = 0;
    const random = () => values[next++ % values.length] ?? 0;
    const expression = CalcExpression.parse('RNDM + 10*rndm');
    assert.equal(expression.evaluate({}, random), 0.1 + 7);
    const free = CalcExpression.parse('RNDM').evaluate({});
    assert.ok(free >= 0 && free < 1, 'Math.random by default');
  });

  it('draws NRNDM normally (Box-Muller over two uniforms)', () => {
    const draws = [1 - Math.exp(-2), 0];
    let next = 0;
    assert.ok(Math.abs(CalcExpression.parse('NRNDM').evaluate({}, () => draws[next++] ?? 0) - 2) < 1e-12);
  });

  it('writes RNDM without parentheses, as EPICS does', () => {
    assert.throws(() => CalcExpression.parse('RNDM()'), CalcSyntaxError);
  });

  it('supports the ternary, comparisons, logic and MIN/MAX/ABS of simulation formulas', () => {
    const ring = CalcExpression.parse('A<B?C:A*0.999');
    assert.equal(ring.evaluate({ A: 170, B: 180, C: 200 }), 200);
    assert.equal(ring.evaluate({ A: 190, B: 180, C: 200 }), 190 * 0.999);
    assert.equal(calc('A<=1 && A>=1 && A#2 && A!=3 && A=1 && A==1', { A: 1 }), 1);
    assert.equal(calc('A>1 || A<1', { A: 1 }), 0);
    assert.equal(calc('MIN(MAX(A,0),10)+ABS(B)', { A: 12, B: -1 }), 11);
  });
});
