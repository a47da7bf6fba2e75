export const listPosts = /* GraphQL */ `
  query ListPosts($filter: ModelPostFilterInput) {
    listPosts(filter: $filter) {
      items {
        id
        title
      }
    }
  }
`;
