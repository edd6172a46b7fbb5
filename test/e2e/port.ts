/** The port the e2e server listens on (not 3000, so a running `npm start` does not collide). */
export const E2E_PORT = 3210;
