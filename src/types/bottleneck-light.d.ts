// The light build (no Redis clustering) is the one @octokit/plugin-throttling uses; its API and types are the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
