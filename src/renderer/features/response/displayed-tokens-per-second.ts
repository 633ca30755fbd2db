// Shared with the command line (promptwire compare), so both show the same speed.
export { displayedTokensPerSecond } from '../../../shared/displayed-tokens-per-second.ts';
