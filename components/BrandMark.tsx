/** our mark: a lens over a rising path (decorative; the product name is always next to it) */
export function BrandMark({ size = 24 }: { size?: number }) {
  return (
    <svg
      className="brand-mark"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="6" fill="var(--accent)" />
      <circle cx="10.5" cy="10.5" r="5" fill="none" stroke="var(--accent-fg)" strokeWidth="2" />
      <path
        d="M14.2 14.2 18.5 18.5"
        stroke="var(--accent-fg)"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <path
        d="M8 12l2-2 1.5 1.5L13 9"
        fill="none"
        stroke="var(--accent-fg)"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** the product name with our mark, as a page's first heading */
export function BrandHeading({ children }: { children: string }) {
  return (
    <div className="brand">
      <BrandMark />
      <h1>{children}</h1>
    </div>
  );
}
