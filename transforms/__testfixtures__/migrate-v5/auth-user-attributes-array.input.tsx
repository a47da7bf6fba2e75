import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { Auth } = withSSRContext({ req });
  const user = await Auth.currentAuthenticatedUser();
  const attributes: { Name: string; Value: string }[] = await Auth.userAttributes(user);
  const phone = attributes.find((a) => a.Name === 'phone_number')?.Value ?? null;
  return { props: { phone } };
};

export default function Phone({ phone }: { phone: string | null }) {
  return <p>{phone}</p>;
}
