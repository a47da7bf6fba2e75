const codemodName = 'withSSRContext';
const message = `import { ${codemodName} } from 'aws-amplify'`;

export default function Help() {
  return <code>{message}</code>;
}
