import { withSSRContext } from 'aws-amplify';
import { getServerSideProps } from '../pages/profile';

jest.mock('aws-amplify', () => ({
  withSSRContext: jest.fn(),
}));

describe('profile getServerSideProps', () => {
  it('returns the username', async () => {
    withSSRContext.mockReturnValue({
      Auth: { currentAuthenticatedUser: jest.fn().mockResolvedValue({ username: 'ana' }) },
    });
    const result = await getServerSideProps({ req: {} });
    expect(result).toEqual({ props: { username: 'ana' } });
  });
});
