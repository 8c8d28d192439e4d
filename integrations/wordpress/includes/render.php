<?php
/**
 * Server-side rendering of the shortcode and the block: one element tag with
 * validated, escaped attributes and fallback text, and the library's module
 * script enqueued once per page however many widgets it has.
 */

defined( 'ABSPATH' ) || exit;

const JGW_TYPES  = array( 'cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map' );
const JGW_HANDLE = 'jakarta-global-widgets';
/** The shortcode's name, and the block's (block/block.json). */
const JGW_SHORTCODE = 'jakarta_widget';
const JGW_BLOCK     = 'jakarta-global-widgets/widget';

/** The build's data file `includes/<name>.json`, decoded as arrays. */
function jgw_json( $name ) {
	static $cache = array();
	if ( ! isset( $cache[ $name ] ) ) {
		$raw             = file_get_contents( JGW_PLUGIN_DIR . '/includes/' . $name . '.json' );
		$cache[ $name ] = is_string( $raw ) ? json_decode( $raw, true ) : array();
	}
	return $cache[ $name ];
}

/** Whether `$value` is allowed for the whitelist entry `$param`. */
function jgw_is_valid( array $param, $value ) {
	switch ( $param['kind'] ) {
		case 'enum':
			return in_array( $value, $param['values'], true );
		case 'int':
			return (bool) preg_match( '/^\d{1,3}$/D', $value ) && (int) $value >= $param['min'] && (int) $value <= $param['max'];
		case 'text':
			return mb_strlen( $value, 'UTF-8' ) <= $param['maxLength'] && ! preg_match( '/[\x00-\x1f\x7f]/', $value );
		case 'bool':
			return in_array( $value, array( '', 'true', 'false', '1', '0', $param['name'] ), true );
		case 'pattern':
			// The pattern is a JavaScript RegExp's source, where a slash may already be escaped (`\/`):
			// each slash is escaped exactly once for PHP's delimiter. `D`: `$` is the end, not a newline before it.
			return (bool) preg_match( '/' . str_replace( array( '\/', '/' ), array( '/', '\/' ), $param['pattern'] ) . '/uD', $value );
	}
	return false;
}

/**
 * `id` or `en` from the site's language (`get_locale()`), which readers get:
 * not the editor's own (`determine_locale()`, the user's language in the
 * admin and in the block editor's preview requests), so the preview shows
 * what readers will see. Messages to editors stay in the editor's language.
 */
function jgw_default_lang() {
	return 0 === strpos( get_locale(), 'id' ) ? 'id' : 'en';
}

/**
 * The element for `$atts` (attribute name => value): its HTML, and in
 * `$problems` a sentence for each attribute left out. An unknown `type`
 * gives '' (readers see nothing rather than a broken box).
 *
 * @param array    $atts     Shortcode or block attributes.
 * @param string[] $problems Filled with translated messages.
 * @return string
 */
function jgw_render_widget( $atts, &$problems = array() ) {
	$problems  = array();
	$atts      = is_array( $atts ) ? $atts : array();
	$type      = isset( $atts['type'] ) ? (string) $atts['type'] : '';
	$whitelist = jgw_json( 'whitelist' );
	if ( ! in_array( $type, JGW_TYPES, true ) || ! isset( $whitelist[ $type ] ) ) {
		/* translators: 1: the type given, 2: the valid types. */
		$problems[] = sprintf( __( 'Unknown widget type “%1$s”. Use one of: %2$s.', 'jakarta-global-widgets' ), $type, implode( ', ', JGW_TYPES ) );
		return '';
	}
	$settings = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A shortcode's value-less word (`[jakarta_widget type="sister-city-list" no-controls]`): the
			// boolean attribute of that name, set, as in HTML; any other word is named to the editor below.
			$name  = (string) $value;
			$value = $name;
		}
		if ( 'type' === $name ) {
			continue;
		}
		$name = (string) $name;
		$value = is_bool( $value ) ? ( $value ? 'true' : 'false' ) : (string) $value;
		$param = null;
		foreach ( $whitelist[ $type ] as $candidate ) {
			if ( $candidate['name'] === $name ) {
				$param = $candidate;
			}
		}
		if ( null === $param ) {
			/* translators: 1: attribute name, 2: widget type. */
			$problems[] = sprintf( __( 'The attribute “%1$s” is not one of %2$s’s; it was left out.', 'jakarta-global-widgets' ), $name, $type );
			continue;
		}
		if ( '' === $value && 'bool' !== $param['kind'] ) {
			continue;
		}
		if ( ! jgw_is_valid( $param, $value ) ) {
			/* translators: 1: the value given, 2: attribute name. */
			$problems[] = sprintf( __( '“%1$s” is not a valid value for %2$s; the default is used.', 'jakarta-global-widgets' ), $value, $name );
			continue;
		}
		$settings[ $name ] = $value;
	}
	if ( ! isset( $settings['lang'] ) ) {
		$settings['lang'] = jgw_default_lang();
	}

	$html = '<' . $type;
	foreach ( $whitelist[ $type ] as $param ) {
		$name  = $param['name'];
		$value = isset( $settings[ $name ] ) ? $settings[ $name ] : $param['default'];
		if ( 'bool' === $param['kind'] ) {
			if ( in_array( $value, array( '', 'true', '1', $name ), true ) && isset( $settings[ $name ] ) ) {
				$html .= ' ' . $name . '=""';
			}
			continue;
		}
		if ( ( $value === $param['default'] && empty( $param['always'] ) ) || '' === $value ) {
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . esc_html( jgw_fallback( $type, $settings ) ) . '</' . $type . '>';

	jgw_enqueue( array( $type ) );
	return jgw_preload_links( $type, $settings ) . $html;
}

/**
 * `<link rel="modulepreload">` for the files `$type` needs that this page has
 * not named yet (cdn/preload.json, written by the build): the browser asks
 * for them as it reads the post, not once the library's script (in the
 * footer) has loaded and looked. A lazy map (the default) leaves Leaflet and
 * its runtime to the script, which loads them when the map nears the
 * viewport; `loading="eager"` names them too.
 */
function jgw_preload_links( $type, array $settings ) {
	static $tags  = null;
	static $named = array();
	if ( null === $tags ) {
		$raw  = is_file( JGW_PLUGIN_DIR . '/cdn/preload.json' ) ? file_get_contents( JGW_PLUGIN_DIR . '/cdn/preload.json' ) : false;
		$json = is_string( $raw ) ? json_decode( $raw, true ) : null;
		$tags = is_array( $json ) && isset( $json['tags'] ) && is_array( $json['tags'] ) ? $json['tags'] : array();
	}
	if ( ! isset( $tags[ $type ]['now'] ) || ! is_array( $tags[ $type ]['now'] ) ) {
		return '';
	}
	$files = $tags[ $type ]['now'];
	if ( isset( $settings['loading'] ) && 'eager' === $settings['loading'] && isset( $tags[ $type ]['near'] ) && is_array( $tags[ $type ]['near'] ) ) {
		$files = array_merge( $tags[ $type ]['near'], $files ); // largest first, as in preload.json
	}
	$base = plugins_url( 'cdn/', JGW_PLUGIN_FILE );
	$html = '';
	foreach ( $files as $file ) {
		if ( ! is_string( $file ) || ! preg_match( '#^chunks/[\w.-]+\.js$#', $file ) || isset( $named[ $file ] ) ) {
			continue;
		}
		$named[ $file ] = true;
		$html          .= '<link rel="modulepreload" href="' . esc_url( $base . $file ) . '">';
	}
	return $html;
}

/** The text readers see before the script runs, or if it never does. */
function jgw_fallback( $type, array $settings ) {
	$whitelist = jgw_json( 'whitelist' );
	$key       = '';
	foreach ( array( 'metric', 'program', 'region' ) as $name ) {
		foreach ( $whitelist[ $type ] as $param ) {
			if ( $param['name'] === $name ) {
				$key = isset( $settings[ $name ] ) ? $settings[ $name ] : $param['default'];
			}
		}
	}
	$fallbacks = jgw_json( 'fallbacks' );
	$lang      = $settings['lang'];
	if ( isset( $fallbacks[ $type ][ $key ][ $lang ] ) ) {
		return $fallbacks[ $type ][ $key ][ $lang ];
	}
	return __( 'Jakarta’s international cooperation (this widget needs JavaScript).', 'jakarta-global-widgets' );
}

/**
 * Enqueues the library once (WordPress prints a handle once per page): on the
 * site, as a script module on WordPress 6.5 and later; before 6.5, and in the
 * admin (the block editor), as a footer script given `type="module"` by the
 * `script_loader_tag` filter. WordPress 6.5 and 6.6 print no script module in
 * the admin, and no version puts one in the block editor's iframe, whose
 * scripts are the classic ones of `enqueue_block_assets`: there the block's
 * preview showed its fallback sentence only. The stylesheets that reserve the
 * elements' sizes go with it: for `$types`, each type's own
 * (`reserve/<type>.css`, 0.7 KiB gzip for a counter), once per type; without
 * `$types` (the block editor, where any type can be added), or for a bundle
 * without them, the one that holds every type's (9.6 KiB).
 */
function jgw_enqueue( $types = null ) {
	$base = plugins_url( 'cdn/', JGW_PLUGIN_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
		wp_enqueue_script_module( JGW_HANDLE, $base . 'jakarta-global-widgets.js', array(), JGW_PLUGIN_VERSION );
	} else {
		wp_enqueue_script( JGW_HANDLE, $base . 'jakarta-global-widgets.js', array(), JGW_PLUGIN_VERSION, true );
	}
	foreach ( is_array( $types ) ? array_intersect( JGW_TYPES, $types ) : array() as $type ) {
		if ( is_file( JGW_PLUGIN_DIR . '/cdn/reserve/' . $type . '.css' ) ) {
			wp_enqueue_style( JGW_HANDLE . '-' . $type, $base . 'reserve/' . $type . '.css', array(), JGW_PLUGIN_VERSION );
		} else {
			$types = null;
		}
	}
	if ( ! is_array( $types ) && is_file( JGW_PLUGIN_DIR . '/cdn/jakarta-global-widgets.css' ) ) {
		wp_enqueue_style( JGW_HANDLE, $base . 'jakarta-global-widgets.css', array(), JGW_PLUGIN_VERSION );
	}
}

add_action( 'wp_enqueue_scripts', 'jgw_enqueue_for_posts' );

/**
 * On a page whose posts use a widget (the shortcode or the block), enqueues
 * the library before `wp_head`, with the stylesheets reserving the sizes of
 * the types they use, so that these are in the `<head>`. Enqueued only as a
 * widget renders, they come after `wp_head` on a classic theme, and WordPress
 * prints them after the content: the page shifts as the widgets draw (CLS
 * 0.12 measured with four widgets). Widgets elsewhere (a sidebar, a
 * template), or of a type the posts do not use, still enqueue theirs as they
 * render.
 */
function jgw_enqueue_for_posts() {
	global $wp_query;
	$posts = isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	$types = array();
	foreach ( $posts as $post ) {
		$content = isset( $post->post_content ) ? (string) $post->post_content : '';
		if ( has_shortcode( $content, JGW_SHORTCODE ) && preg_match_all( '/' . get_shortcode_regex( array( JGW_SHORTCODE ) ) . '/', $content, $found, PREG_SET_ORDER ) ) {
			foreach ( $found as $shortcode ) {
				$atts    = shortcode_parse_atts( $shortcode[3] );
				$types[] = is_array( $atts ) && isset( $atts['type'] ) ? (string) $atts['type'] : '';
			}
		}
		if ( function_exists( 'has_block' ) && has_block( JGW_BLOCK, $content ) ) {
			$types = array_merge( $types, jgw_block_types( parse_blocks( $content ) ) );
		}
	}
	if ( $types ) {
		jgw_enqueue( $types );
	}
}

/** The types of the plugin's blocks among `$blocks` and the blocks inside them (a group, columns). */
function jgw_block_types( array $blocks ) {
	$types = array();
	foreach ( $blocks as $block ) {
		if ( JGW_BLOCK === $block['blockName'] ) {
			// block/block.json's default type.
			$types[] = isset( $block['attrs']['type'] ) ? (string) $block['attrs']['type'] : 'cooperation-counter';
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$types = array_merge( $types, jgw_block_types( $block['innerBlocks'] ) );
		}
	}
	return $types;
}

add_action( 'enqueue_block_assets', 'jgw_enqueue_in_editor' );

/**
 * In the block editor, the library too: the block's server-rendered preview
 * is the element's tag, which shows only its fallback sentence until the
 * library defines it. (`enqueue_block_assets` also runs on the site, where
 * `jgw_enqueue_for_posts` and the widgets decide.)
 */
function jgw_enqueue_in_editor() {
	if ( is_admin() ) {
		jgw_enqueue();
	}
}

add_filter( 'script_loader_tag', 'jgw_module_tag', 10, 2 );

/** `type="module"` on the library's script tag (WordPress before 6.5, and the admin). */
function jgw_module_tag( $tag, $handle ) {
	if ( JGW_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

/** Problems, for users who can fix them (never for readers). */
function jgw_notice( array $problems ) {
	if ( ! $problems || ! function_exists( 'current_user_can' ) || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="jgw-notice" role="note"><p>' . esc_html__( 'Jakarta Global Widgets (shown to editors only):', 'jakarta-global-widgets' ) . '</p><ul>' . $items . '</ul></div>';
}

/** [jakarta_widget type="…" …] */
function jgw_shortcode( $atts ) {
	$problems = array();
	$html     = jgw_render_widget( is_array( $atts ) ? $atts : array(), $problems );
	return jgw_notice( $problems ) . $html;
}

/** The block's render callback: the same settings, from the block's attributes. */
function jgw_render_block( $attributes ) {
	$atts = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( '' !== $value && null !== $value && false !== $value ) {
			$atts[ $name ] = $value;
		}
	}
	$problems = array();
	$html     = jgw_render_widget( $atts, $problems );
	if ( '' === $html && ! $problems ) {
		return '';
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	if ( '' === trim( $wrapper ) ) {
		$wrapper = 'class="wp-block-jakarta-global-widgets-widget"';
	}
	return '<div ' . $wrapper . '>' . jgw_notice( $problems ) . $html . '</div>';
}
