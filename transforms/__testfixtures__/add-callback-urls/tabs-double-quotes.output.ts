import { defineAuth } from "@aws-amplify/backend"

export const auth = defineAuth({
	loginWith: {
		email: true,
		externalProviders: {
			domainPrefix: "my-app",
			callbackUrls: [
				"http://localhost:3000/api/auth/sign-in-callback",
				"http://localhost:3000/profile"
			],
			logoutUrls: ["http://localhost:3000/api/auth/sign-out-callback"]
		}
	}
})
