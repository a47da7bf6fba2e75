import { withSSRContext } from 'aws-amplify';
import { getServerSideProps } from '../pages/profile';

// TODO(amplify-next): test-mock: a test mocks withSSRContext. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
jest.mock('aws-amplify', () => ({
  withSSRContext: jest.fn(),
}));

describe('profile getServerSideProps', () => {
  it('returns the username', async () => {
    // TODO(amplify-next): test-mock: a test mocks withSSRContext. See https://docs.amplify.aws/gen1/nextjs/build-a-backend/server-side-rendering/nextjs/
    withSSRContext.mockReturnValue({
      Auth: { currentAuthenticatedUser: jest.fn().mockResolvedValue({ username: 'ana' }) },
    });
    const result = await getServerSideProps({ req: {} });
    expect(result).toEqual({ props: { username: 'ana' } });
  });
});
