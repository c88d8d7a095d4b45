/**
 * The standard normal cumulative distribution function Φ(z).
 * Uses the Chebyshev fit to erfc from Numerical Recipes (erfcc), whose error is below 1.2e-7
 * relative to erfc everywhere, so small tail probabilities (p-values) stay accurate too.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  // erfc gives the tail directly; taking 1 − tail only for the upper half avoids cancellation below the mean.
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}
