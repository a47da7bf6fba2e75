import { withSSRContext } from 'aws-amplify';
import { getServerSideProps } from '@/pages/profile';

// TODO(amplify-next): test-mock: a test mocks withSSRContext. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
jest.mock('aws-amplify');

// TODO(amplify-next): test-mock: a test mocks withSSRContext. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
const mockedWithSSRContext = withSSRContext as jest.Mock;

test('redirects anonymous users', async () => {
  mockedWithSSRContext.mockReturnValue({
    Auth: { currentAuthenticatedUser: jest.fn().mockRejectedValue('The user is not authenticated') },
  });
  const result = await getServerSideProps({ req: {} } as never);
  expect(result).toHaveProperty('redirect');
});
