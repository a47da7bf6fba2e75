import AmplifyStatus from '@/components/AmplifyStatus';

// Under /sign-in, so not guarded: the page of the shop's root layout that signed-out visitors can open.
export default function SignInHelp() {
  return (
    <main>
      <h1>Sign-in help</h1>
      <AmplifyStatus />
    </main>
  );
}
