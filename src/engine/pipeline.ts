// The whole analysis behind one call: classifications (SPEC §3–5), then the parts wired in as they
// land (metrics §6, lifetime value §7, visits §8). Runs in the pane's worker, the CLI and tests.
import { analyzePortfolio, type AnalysisOptions, type PortfolioAnalysis, type PortfolioInput } from './classify';

export type FullAnalysis = PortfolioAnalysis;

export function analyse(input: PortfolioInput, options: Partial<AnalysisOptions> = {}): FullAnalysis {
  return analyzePortfolio(input, options);
}
