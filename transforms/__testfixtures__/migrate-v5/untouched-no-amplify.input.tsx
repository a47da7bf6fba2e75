import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  return { props: { signedIn: Boolean(req.cookies.session) } };
};

export default function Page({ signedIn }: { signedIn: boolean }) {
  return <p>{signedIn ? 'yes' : 'no'}</p>;
}
