import type { GetServerSideProps } from 'next';
import { withSSRContext } from 'aws-amplify';

export const getServerSideProps: GetServerSideProps = async ({ req, params }) => {
  const SSR = withSSRContext({ req });
  try {
    const project = await SSR.API.get('projectsApi', `/projects/${params?.id}`);
    return { props: { project } };
  } catch (error: any) {
    // TODO(amplify-next): error-shape: v6 errors have other names. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
    console.error(error.response.data);
    return { notFound: true };
  }
};
