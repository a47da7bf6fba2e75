const docs = "withSSRContext was removed in aws-amplify v6; use runWithAmplifyServerContext";

export default function Help() {
  return <p>{docs}</p>;
}
