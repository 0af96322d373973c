// Neumaier's compensated (Kahan–Babuška) sum. The fits add hundreds of thousands of per-client
// log-likelihood terms of a few hundred each that cancel to a mean of a few units: a naive sum
// leaves ~1e-11 of noise on the objective, enough to make the optimiser reject the step that reaches
// the optimum (SPEC §7: convergence whatever the number of clients). With the running compensation
// the error no longer grows with the number of terms (≈ 2 ulp of the result plus n·eps² of Σ|terms|).

export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(v: number): void {
    const s = this.sum;
    const t = s + v;
    // The low-order bits lost in s + v, recovered from whichever operand is larger in magnitude.
    this.compensation += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}
