import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  try {
    const project = await SSR.API.get('projectsApi', `/projects/${params?.id}`);
    return { props: { project } };
  } catch (error: any) {
    console.error(error.response.data);
    return { notFound: true };
  }
};
