import type { Metadata } from "next";
import "./globals.css";
import ConfigureAmplifyClientSide from "@/components/ConfigureAmplify";

export const metadata: Metadata = {
	title: "Tabs",
};

export default function RootLayout({
	children,
}: Readonly<{
	children: React.ReactNode;
}>) {
	return (
		<html lang="en">
			<body className="antialiased">
				<ConfigureAmplifyClientSide />
				{children}
			</body>
		</html>
	);
}
