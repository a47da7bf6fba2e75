import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req });
  try {
    const project = await SSR.API.get('projectsApi', `/projects/${params.id}`);
    return { props: { project } };
  } catch (error) {
    // TODO(amplify-next): error-shape: v6 errors have other names. See https://docs.amplify.aws/gen1/javascript/build-a-backend/troubleshooting/migrate-from-javascript-v5-to-v6/
    if (error.response && error.response.status === 404) {
      return { notFound: true };
    }
    throw error;
  }
}

export default function Project({ project }) {
  return <h1>{project.name}</h1>;
}
