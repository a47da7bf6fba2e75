import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const info = await Auth.currentUserInfo();
  if (!info) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: { email: info.attributes.email, identityId: info.id } };
}

export default function Me({ email }) {
  return <p>{email}</p>;
}
