/* tslint:disable */
//  This file was automatically generated and should not be edited.

export type Post = {
  __typename: 'Post';
  id: string;
  title: string;
  content?: string | null;
  owner?: string | null;
  createdAt: string;
};

export type ListPostsQuery = {
  listPosts?: {
    __typename: 'ModelPostConnection';
    items: Array<Post | null>;
    nextToken?: string | null;
  } | null;
};

export type GetPostQueryVariables = {
  id: string;
};

export type GetPostQuery = {
  getPost?: Post | null;
};
