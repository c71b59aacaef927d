import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

type Appearance = 'primary' | 'secondary' | 'subtle' | 'danger';

const appearanceClass: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
};

/**
 * A button. While busy it stays focusable (aria-disabled, clicks ignored):
 * disabling the button that has focus would drop focus to the page.
 */
export function Button({
  appearance = 'secondary',
  busy = false,
  className,
  children,
  type = 'button',
  onClick,
  ...rest
}: ComponentPropsWithRef<'button'> & { appearance?: Appearance; busy?: boolean; children: ReactNode }) {
  return (
    <button
      type={type}
      className={['utrecht-button', appearanceClass[appearance], busy ? 'utrecht-button--busy' : '', className ?? ''].join(' ').trim()}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </button>
  );
}

const linkAppearanceClass: Record<Exclude<Appearance, 'danger'>, string> = {
  primary: 'utrecht-button-link--primary-action',
  secondary: 'utrecht-button-link--secondary-action',
  subtle: 'utrecht-button-link--subtle',
};

/** A link that looks like a button: for navigation to a form, never for an action. */
export function ButtonLink({ appearance = 'secondary', className, ...rest }: LinkProps & { appearance?: Exclude<Appearance, 'danger'> }) {
  return <Link className={['utrecht-button-link', 'utrecht-button-link--html-a', linkAppearanceClass[appearance], className ?? ''].join(' ').trim()} {...rest} />;
}

export function TextLink({ className, ...rest }: LinkProps) {
  return <Link className={['utrecht-link', 'utrecht-link--html-a', className ?? ''].join(' ').trim()} {...rest} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}
