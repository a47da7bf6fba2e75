import ssr from '@/lib/getAmplifySSR';

export const getServerSideProps = async (ctx) => {
  const { Auth } = ssr(ctx);
  try {
    await Auth.currentAuthenticatedUser();
  } catch (err) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: {} };
};

export default function Dashboard() {
  return <h1>Dashboard</h1>;
}
