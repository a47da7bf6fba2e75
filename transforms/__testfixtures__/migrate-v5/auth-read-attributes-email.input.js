import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps(context) {
  const { Auth } = withSSRContext(context);
  try {
    const user = await Auth.currentAuthenticatedUser();
    return {
      props: {
        email: user.attributes.email,
        name: user.attributes['custom:display_name'] || user.username,
        id: user.attributes.sub,
      },
    };
  } catch {
    return { props: {} };
  }
}

export default function Profile({ email, name }) {
  return <p>{name} &lt;{email}&gt;</p>;
}
