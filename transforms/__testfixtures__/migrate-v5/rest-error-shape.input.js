import { withSSRContext } from 'aws-amplify';

export async function getServerSideProps({ req, params }) {
  const SSR = withSSRContext({ req });
  try {
    const project = await SSR.API.get('projectsApi', `/projects/${params.id}`);
    return { props: { project } };
  } catch (error) {
    if (error.response && error.response.status === 404) {
      return { notFound: true };
    }
    throw error;
  }
}

export default function Project({ project }) {
  return <h1>{project.name}</h1>;
}
