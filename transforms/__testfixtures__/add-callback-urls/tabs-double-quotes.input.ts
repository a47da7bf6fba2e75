import { defineAuth } from "@aws-amplify/backend"

export const auth = defineAuth({
	loginWith: {
		email: true,
		externalProviders: {
			domainPrefix: "my-app",
			callbackUrls: [
				"http://localhost:3000/profile"
			]
		}
	}
})
