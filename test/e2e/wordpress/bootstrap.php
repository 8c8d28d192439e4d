<?php
/**
 * Loads the few files of Debian's `wordpress` package (WordPress 6.1, under
 * /usr/share/wordpress) that the tests need: hooks, formatting, kses, oEmbed
 * filtering, shortcodes, blocks and scripts. No database, no network: the
 * functions that would read options are stubbed below with WordPress's
 * defaults for a site at https://wp.example/.
 *
 *   WP_DIR=/usr/share/wordpress php -d display_errors=stderr <script that requires this>
 */
error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

define( 'ABSPATH', rtrim( getenv( 'WP_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_PLUGIN_DIR', getenv( 'JGW_PLUGIN_DIR' ) ?: WP_CONTENT_DIR . '/plugins' );
define( 'WP_CONTENT_URL', 'https://wp.example/wp-content' );
define( 'WP_PLUGIN_URL', WP_CONTENT_URL . '/plugins' );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
define( 'WP_DEBUG', true );
define( 'SCRIPT_DEBUG', false );
define( 'WP_LANG_DIR', WP_CONTENT_DIR . '/languages' );

if ( ! is_file( ABSPATH . WPINC . '/kses.php' ) ) {
	fwrite( STDERR, 'WordPress not found in ' . ABSPATH . " (apt-get install wordpress)\n" );
	exit( 2 );
}

$GLOBALS['wp_options'] = array(
	'siteurl'         => 'https://wp.example',
	'home'            => 'https://wp.example',
	'blog_charset'    => 'UTF-8',
	'WPLANG'          => '',
	'active_plugins'  => array(),
	'use_smilies'     => false,
);

/** The options table, answered from $wp_options: unknown options are "not set". */
class JGW_Test_WPDB {
	public $options = 'wp_options';
	public function prepare( $query, ...$args ) {
		return $query;
	}
	public function get_row( ...$args ) {
		return null;
	}
	public function get_results( ...$args ) {
		return array();
	}
	public function get_var( ...$args ) {
		return null;
	}
}
$GLOBALS['wpdb'] = new JGW_Test_WPDB();

function wp_cache_get( $key, $group = '', $force = false, &$found = null ) {
	$found = 'options' === $group && 'alloptions' === $key;
	return $found ? $GLOBALS['wp_options'] : false;
}
function wp_cache_set( $key, $data, $group = '', $expire = 0 ) {
	return true;
}
function wp_cache_add( $key, $data, $group = '', $expire = 0 ) {
	return true;
}
function wp_cache_delete( $key, $group = '' ) {
	return true;
}

foreach ( array(
	'version.php',
	'load.php',
	'compat.php',
	'plugin.php',
	'class-wp-error.php',
	'functions.php',
	'formatting.php',
	'kses.php',
	'pomo/translations.php',
	'pomo/mo.php',
	'l10n.php',
	'class-wp-textdomain-registry.php',
	'link-template.php',
	'general-template.php',
	'theme.php',
	'shortcodes.php',
	'class-wp-block-parser.php',
	'class-wp-block-type.php',
	'class-wp-block-type-registry.php',
	'class-wp-block-styles-registry.php',
	'class-wp-block-list.php',
	'class-wp-block.php',
	'class-wp-block-supports.php',
	'blocks.php',
	'class-wp-dependency.php',
	'class-wp-dependencies.php',
	'class-wp-scripts.php',
	'functions.wp-scripts.php',
	'class-wp-styles.php',
	'functions.wp-styles.php',
	'rest-api.php',
	'class-wp-oembed.php',
	'embed.php',
	'pluggable.php',
) as $file ) {
	require_once ABSPATH . WPINC . '/' . $file;
}

$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
$GLOBALS['wp_plugin_paths']        = array();

// The few hooks of wp-includes/default-filters.php that these functions rely on.
add_filter( 'wp_sprintf', 'wp_sprintf_l', 10, 2 );
