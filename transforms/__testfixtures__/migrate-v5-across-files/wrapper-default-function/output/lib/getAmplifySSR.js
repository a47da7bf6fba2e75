/** Amplify bound to the request of a getServerSideProps call. */
