export async function getServerSideProps({ req }) {
  const token = req.cookies.session;
  return { props: { signedIn: Boolean(token) } };
}

export default function Page({ signedIn }) {
  return <p>{signedIn ? 'yes' : 'no'}</p>;
}
