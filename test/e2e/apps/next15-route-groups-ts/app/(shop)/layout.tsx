export default function ShopLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="shop">{children}</body>
    </html>
  );
}
