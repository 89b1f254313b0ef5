/**
 * OSSEC's install layout and install types: {@link org.osprey.install.Installer} lays out a home
 * ({@code /var/ossec}) with Osprey's default configuration ({@link org.osprey.install.DefaultConfigs}),
 * OSSEC's directory tree and permissions ({@link org.osprey.install.InstallLayout}), the {@code bin/}
 * launchers and, when run as root, the service users ({@link org.osprey.install.SystemUsers}).
 */
@NullMarked
package org.osprey.install;

import org.jspecify.annotations.NullMarked;
