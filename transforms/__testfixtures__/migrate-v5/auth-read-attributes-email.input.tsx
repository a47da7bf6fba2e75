import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async (context) => {
  const { Auth } = withSSRContext(context);
  try {
    const user = await Auth.currentAuthenticatedUser();
    return {
      props: {
        email: user.attributes.email ?? null,
        name: user.attributes['custom:display_name'] || user.username,
        id: user.attributes.sub ?? null,
      },
    };
  } catch {
    return { props: {} };
  }
};

export default function Profile({ email, name }: { email: string | null; name: string }) {
  return <p>{name} &lt;{email}&gt;</p>;
}
