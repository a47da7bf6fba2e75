import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req }) {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const attributes = await Auth.userAttributes(user);
  const phone = attributes.find((a) => a.Name === 'phone_number')?.Value ?? null;
  return { props: { phone } };
}

export default function Phone({ phone }) {
  return <p>{phone}</p>;
}
