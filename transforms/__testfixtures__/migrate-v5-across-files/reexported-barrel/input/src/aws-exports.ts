const awsmobile = {
  aws_project_region: 'us-east-1',
  aws_cognito_region: 'us-east-1',
  aws_user_pools_id: 'us-east-1_example',
  aws_user_pools_web_client_id: 'exampleclientid',
};

export default awsmobile;
