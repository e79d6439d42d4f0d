export default { test: { include: [process.env.T ?? 'tmpx/**/*.test.ts'], testTimeout: 600000 } };
