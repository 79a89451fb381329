"""What the tests share: paths, generated SDKs per style, real servers (Prism, pypiserver), clients."""
