import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '@/lib/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
import '@/lib/i18n-staff';

// findBy* waits up to 5 s: under a loaded machine lazy routes and user-event typing take a while.
configure({ asyncUtilTimeout: 5000 });
