// Under mutation testing only (stryker.vitest.config.ts): each property stops after a second of runs,
// so a surviving mutant does not replay thousands of cases. A property cut short counts as passed,
// which can only let a mutant survive, never kill one by accident: the score can only be understated.
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 1000, markInterruptAsFailure: false });
