// The app's parts found as a person finds them: by role and accessible name (jsdom tests).
import { screen, within } from '@testing-library/react';

export const status = () => screen.getByRole('status');
export const ally = (name: string) => screen.getByRole('radiogroup', { name });
export const radio = (allyName: string, position: 'Support' | 'Undecided' | 'Object') =>
  within(ally(allyName)).getByRole('radio', { name: position });
