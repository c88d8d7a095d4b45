import { inject } from 'vitest';
import { waitForShippedSite } from './buildSite.ts';

// A setup file of the projects that read the shipped site: each test file waits here until the run's build is there.
await waitForShippedSite(inject('shippedKey'));
