import { withSSRContext } from 'aws-amplify';
import { getServerSideProps } from '@/pages/profile';

jest.mock('aws-amplify');

const mockedWithSSRContext = withSSRContext as jest.Mock;

test('redirects anonymous users', async () => {
  mockedWithSSRContext.mockReturnValue({
    Auth: { currentAuthenticatedUser: jest.fn().mockRejectedValue('The user is not authenticated') },
  });
  const result = await getServerSideProps({ req: {} } as never);
  expect(result).toHaveProperty('redirect');
});
